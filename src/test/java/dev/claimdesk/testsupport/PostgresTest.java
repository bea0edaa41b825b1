package dev.claimdesk.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class whose tests need a real PostgreSQL server: it gets a fresh database of its own
 * ({@link PgDatabase}, as a parameter), dropped with its roles after the class. See {@link TestPostgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresExtension.class)
@Tag("postgres")
public @interface PostgresTest {}
