package org.peacedirectory.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Accounts extends JpaRepository<Account, Long> {

    /** Case-insensitive, in the form the unique index {@code uq_account_email} on {@code lower(email)} serves. */
    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmailIgnoreCase(@Param("email") String email);

    boolean existsByIdAndEnabledTrue(long id);

    @Query("select a from Account a order by lower(a.displayName), a.id")
    List<Account> findAllOrderedByName();
}
