package org.peacedirectory.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Finds the account an email address logs in to, whatever the case of the address. */
class ModeratorDetailsService implements UserDetailsService {

    private final Accounts accounts;

    ModeratorDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmailIgnoreCase(email)
                .map(Account::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No account for this email"));
    }
}
