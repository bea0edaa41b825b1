package dev.claimdesk.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** A fresh database per test class on the JVM's PostgreSQL server ({@link PostgresTest}). */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        TestPostgres server = TestPostgres.require();
        PgDatabase db = PgDatabase.create(server, context.getRequiredTestClass().getSimpleName());
        context.getStore(NS).put(PgDatabase.class, db);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        PgDatabase db = context.getStore(NS).remove(PgDatabase.class, PgDatabase.class);
        if (db != null) {
            db.drop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == PgDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(NS).get(PgDatabase.class, PgDatabase.class);
    }
}
