package org.peacedirectory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counts the SQL statements the app prepares, whoever sends them (JPA, Hibernate Search or plain JDBC):
 * Hibernate's statistics see only Hibernate's. {@link #during} counts those prepared while serving HTTP
 * requests and those of the test's own thread (a service it calls), not those of background jobs. Tests run
 * one at a time, so the statements counted while a test waits for a response are that response's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    private static final AtomicLong COUNTED = new AtomicLong();
    private static volatile Thread watched;

    /** Every connection the app takes goes through the counting one. */
    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                        ? new CountingDataSource(dataSource)
                        : bean;
            }
        };
    }

    /** How many statements the action made the app prepare (through HTTP requests or calls on this thread). */
    public static long during(Runnable action) {
        long before = COUNTED.get();
        watched = Thread.currentThread();
        try {
            action.run();
        } finally {
            watched = null;
        }
        return COUNTED.get() - before;
    }

    /** Every statement counted so far (those of HTTP requests, and of a thread inside {@link #during}). */
    public static long total() {
        return COUNTED.get();
    }

    private static boolean counted() {
        return Thread.currentThread() == watched || RequestContextHolder.getRequestAttributes() != null;
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (proxy, method, arguments) -> {
                        String name = method.getName();
                        if (name.equals("equals")) {
                            return proxy == arguments[0];
                        }
                        if (name.equals("hashCode")) {
                            return System.identityHashCode(proxy);
                        }
                        if ((name.equals("prepareStatement")
                                        || name.equals("prepareCall")
                                        || name.equals("createStatement"))
                                && counted()) {
                            COUNTED.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
