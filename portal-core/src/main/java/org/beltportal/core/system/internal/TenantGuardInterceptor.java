package org.beltportal.core.system.internal;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.beltportal.core.system.AcrossTenants;
import org.beltportal.core.system.TenantScoped;

/**
 * Refuses, before it reaches the database, any statement of a {@link TenantScoped} mapper that does not
 * both mention {@code tenant_id} and bind a non-null {@code tenantId} parameter. It checks; it never
 * rewrites SQL (rewriting interceptors are how tenant filters silently slip past joins and subqueries).
 */
@Intercepts({
        @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
        @Signature(type = Executor.class, method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
        @Signature(type = Executor.class, method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class,
                        CacheKey.class, BoundSql.class})})
public class TenantGuardInterceptor implements Interceptor {

    private static final Pattern TENANT_COLUMN = Pattern.compile("\\btenant_id\\b", Pattern.CASE_INSENSITIVE);

    private final Map<String, Boolean> guardedStatements = new ConcurrentHashMap<>();

    /**
     * Only executors are intercepted. MyBatis offers every statement, parameter and result handler it
     * creates (several per statement, per row of a batch) to each plugin, and the default
     * {@code Plugin.wrap} reads this class's signatures by reflection every time: 6% of an import job's
     * thread.
     */
    @Override
    public Object plugin(Object target) {
        return target instanceof Executor ? Plugin.wrap(target, this) : target;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object[] args = invocation.getArgs();
        MappedStatement statement = (MappedStatement) args[0];
        if (!isGuarded(statement)) {
            return invocation.proceed();
        }
        BoundSql sql = args.length == 6 ? (BoundSql) args[5] : statement.getBoundSql(args[1]);
        check(statement, sql, statement.getConfiguration());
        if (args.length == 4) {
            // Hand the checked SQL on rather than let the executor build it (dynamic SQL: foreach and all) again.
            Executor executor = (Executor) invocation.getTarget();
            RowBounds rows = (RowBounds) args[2];
            return executor.query(statement, args[1], rows, (ResultHandler<?>) args[3],
                    executor.createCacheKey(statement, args[1], rows, sql), sql);
        }
        return invocation.proceed();
    }

    private void check(MappedStatement statement, BoundSql sql, Configuration configuration) {
        if (!TENANT_COLUMN.matcher(sql.getSql()).find()) {
            throw new TenantGuardException(statement.getId() + " does not filter on tenant_id");
        }
        boolean bound = false;
        for (ParameterMapping mapping : sql.getParameterMappings()) {
            String property = mapping.getProperty();
            if (property.equals("tenantId") || property.endsWith(".tenantId")) {
                if (valueOf(property, sql, configuration) == null) {
                    throw new TenantGuardException(statement.getId() + " binds a null tenantId");
                }
                bound = true;
            }
        }
        if (!bound) {
            throw new TenantGuardException(statement.getId() + " does not bind a tenantId parameter");
        }
    }

    private static Object valueOf(String property, BoundSql sql, Configuration configuration) {
        if (sql.hasAdditionalParameter(property)) {
            return sql.getAdditionalParameter(property);
        }
        Object parameter = sql.getParameterObject();
        if (parameter == null) {
            return null;
        }
        if (configuration.getTypeHandlerRegistry().hasTypeHandler(parameter.getClass())) {
            return parameter;
        }
        MetaObject meta = configuration.newMetaObject(parameter);
        return meta.hasGetter(property) ? meta.getValue(property) : null;
    }

    private boolean isGuarded(MappedStatement statement) {
        return guardedStatements.computeIfAbsent(statement.getId(), TenantGuardInterceptor::requiresTenant);
    }

    private static boolean requiresTenant(String statementId) {
        int dot = statementId.lastIndexOf('.');
        String methodName = statementId.substring(dot + 1);
        try {
            Class<?> mapper = Class.forName(statementId.substring(0, dot));
            if (!mapper.isAnnotationPresent(TenantScoped.class)) {
                return false;
            }
            return Arrays.stream(mapper.getMethods())
                    .filter(method -> method.getName().equals(methodName))
                    .noneMatch(TenantGuardInterceptor::isExempt);
        } catch (ClassNotFoundException notAMapperInterface) {
            // Statements such as generated selectKey ids belong to no interface: the parent statement is checked.
            return false;
        }
    }

    private static boolean isExempt(Method method) {
        return method.isAnnotationPresent(AcrossTenants.class);
    }

    /** Thrown when a tenant-scoped statement could reach other tenants' rows: a programming error. */
    public static class TenantGuardException extends IllegalStateException {
        public TenantGuardException(String message) {
            super("Tenant guard: " + message);
        }
    }
}
