package dev.claimdesk.store;

import java.lang.reflect.Method;
import java.util.regex.Pattern;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.sqlobject.internal.SqlAnnotations;
import org.jdbi.v3.sqlobject.locator.SqlLocator;

/**
 * Where the SQL of a DAO method comes from. SQL written in the annotation is the same on both
 * backends (it is kept portable). A bare name ({@code @SqlQuery("verdictRows")}) is a file next to
 * the DAO, {@code <Dao>/<name>.sql}; on the team server {@code <Dao>/postgresql/<name>.sql} is taken
 * instead when it exists, so a statement whose dialect differs has one file per backend and the DAO
 * stays the same.
 */
final class DialectSqlLocator implements SqlLocator {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final Dialect dialect;
    private final ClasspathSqlLocator files = ClasspathSqlLocator.create();

    DialectSqlLocator(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String locate(Class<?> sqlObjectType, Method method, ConfigRegistry config) {
        String value = SqlAnnotations.getAnnotationValue(method, s -> s).orElse("");
        if (!NAME.matcher(value).matches()) {
            return value;
        }
        String folder = method.getDeclaringClass().getName().replace('.', '/');
        ClassLoader loader = method.getDeclaringClass().getClassLoader();
        if (dialect == Dialect.POSTGRESQL) {
            String server = folder + "/postgresql/" + value + ".sql";
            if (loader.getResource(server) != null) {
                return files.getResource(loader, server);
            }
        }
        return files.getResource(loader, folder + "/" + value + ".sql");
    }
}
