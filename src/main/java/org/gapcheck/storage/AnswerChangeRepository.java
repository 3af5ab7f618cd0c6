package org.gapcheck.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The save log: appended to and read, never updated (no update or delete is offered). */
public interface AnswerChangeRepository extends GenericRepository<AnswerChange, Long> {

    AnswerChange save(AnswerChange change);

    List<AnswerChange> saveAll(Iterable<AnswerChange> changes);

    Optional<AnswerChange> findById(Long id);

    List<AnswerChange> findBySubmissionIdOrderById(long submissionId);

    List<AnswerChange> findBySubmissionIdAndItemOrderById(long submissionId, String item);

    /** The changes after {@code afterId}, in order: what a draft holds beyond its last version. */
    List<AnswerChange> findBySubmissionIdAndIdGreaterThanOrderById(long submissionId, long afterId);

    Optional<AnswerChange> findFirstBySubmissionIdOrderByIdDesc(long submissionId);

    // For gapcheck export and import (org.gapcheck.transfer): rows by id, a page at a time, and rows kept with their ids.

    long count();

    List<AnswerChange> findByIdGreaterThan(Long id, Pageable page);

    /** Inserts a row with the id it carries (an import); the identity sequence is moved afterwards. */
    @Query("insert into answer_changes (id, submission_id, account_id, changed_at, item, before_json, after_json)"
            + " values (:id, :submissionId, :accountId, :changedAt, :item, :beforeJson, :afterJson)")
    void insertKeepingId(AnswerChange row);
}
