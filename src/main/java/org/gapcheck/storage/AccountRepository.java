package org.gapcheck.storage;

import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The accounts; implemented once per database ({@link Repositories}). */
public interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByLogin(String login);

    List<Account> findByCountryOrderByLogin(String country);
}
