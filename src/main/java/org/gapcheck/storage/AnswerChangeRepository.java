package org.gapcheck.storage;

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
}
