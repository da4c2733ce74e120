package org.peacedirectory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * {@link #readDuring} also says what those statements were and how many rows each read.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    private static final AtomicLong COUNTED = new AtomicLong();
    private static volatile Thread watched;
    private static volatile List<Recorded> recording;

    /** A statement the app prepared: its SQL, and how many rows it read. */
    public record Read(String sql, long rows) {}

    /** A statement being recorded: its rows are counted as the app reads them. */
    private record Recorded(String sql, AtomicLong rows) {

        Read read() {
            return new Read(sql, rows.get());
        }
    }

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

    /**
     * The statements the action made the app prepare, as {@link #during} counts them, each with its SQL and
     * the rows read from it: to check that a page reads only what it shows.
     */
    public static List<Read> readDuring(Runnable action) {
        List<Recorded> recorded = new CopyOnWriteArrayList<>();
        recording = recorded;
        try {
            during(action);
        } finally {
            recording = null;
        }
        return recorded.stream().map(Recorded::read).toList();
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
                        boolean prepared = name.equals("prepareStatement") || name.equals("prepareCall");
                        boolean counting = (prepared || name.equals("createStatement")) && counted();
                        if (counting) {
                            COUNTED.incrementAndGet();
                        }
                        Object result = invoke(method, connection, arguments);
                        List<Recorded> recorded = recording;
                        if (counting && prepared && recorded != null) {
                            Recorded statement = new Recorded((String) arguments[0], new AtomicLong());
                            recorded.add(statement);
                            return rowCounting(result, method.getReturnType(), statement);
                        }
                        return result;
                    });
        }

        /** The statement, whose result sets count the rows read from them. */
        private static Object rowCounting(Object statement, Class<?> type, Recorded recorded) {
            return Proxy.newProxyInstance(
                    Statement.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
                        String name = method.getName();
                        if (name.equals("equals")) {
                            return proxy == arguments[0];
                        }
                        if (name.equals("hashCode")) {
                            return System.identityHashCode(proxy);
                        }
                        Object result = invoke(method, statement, arguments);
                        return result instanceof ResultSet rows ? counting(rows, proxy, recorded) : result;
                    });
        }

        private static ResultSet counting(ResultSet rows, Object statement, Recorded recorded) {
            return (ResultSet) Proxy.newProxyInstance(
                    ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class}, (proxy, method, arguments) -> {
                        String name = method.getName();
                        if (name.equals("equals")) {
                            return proxy == arguments[0];
                        }
                        if (name.equals("hashCode")) {
                            return System.identityHashCode(proxy);
                        }
                        if (name.equals("getStatement")) {
                            return statement;
                        }
                        Object result = invoke(method, rows, arguments);
                        if (name.equals("next") && Boolean.TRUE.equals(result)) {
                            recorded.rows().incrementAndGet();
                        }
                        return result;
                    });
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments)
                throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
