package org.peacedirectory.system;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once the current transaction has committed, or at once outside a transaction: what a
 * synchronous after-commit listener does, for listeners that must stay out of the event publication
 * registry. Spring Modulith records every {@code @TransactionalEventListener} that runs after the commit
 * in {@code event_publication} (a row written per event and listener); a listener that only forgets
 * something kept in this process's memory (caches, which a crash empties anyway) has nothing to resume
 * after a crash, so it listens with a plain {@code @EventListener} and calls this.
 */
public final class AfterCommit {

    private AfterCommit() {}

    /** The action after the commit of the transaction in progress; never after a rollback. */
    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
