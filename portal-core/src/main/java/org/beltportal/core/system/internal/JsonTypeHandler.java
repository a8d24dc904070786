package org.beltportal.core.system.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value kept as JSON text in a TEXT column, whatever its Java type: the one implementation behind every
 * JSON column. Each Java type is registered as a subclass that only names the type, because MyBatis 3.5
 * picks the handler a mapper XML names by its class and sees erased types only ({@code List}, not
 * {@code List<RowError>}), so one instance per type could not be told apart there.
 * <p>
 * A NULL column reads as the type's empty value; a value read is unmodifiable, like the records it fills.
 * The JSON is Jackson's default, which is what the columns have always held.
 */
public abstract class JsonTypeHandler<T> extends BaseTypeHandler<T> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TypeReference<T> type;
    private final T empty;
    private final UnaryOperator<T> unmodifiable;

    protected JsonTypeHandler(TypeReference<T> type, T empty, UnaryOperator<T> unmodifiable) {
        this.type = type;
        this.empty = empty;
        this.unmodifiable = unmodifiable;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, T parameter, JdbcType jdbcType) throws SQLException {
        ps.setString(i, JSON.writeValueAsString(parameter));
    }

    @Override
    public T getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName));
    }

    @Override
    public T getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex));
    }

    @Override
    public T getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex));
    }

    private T read(String json) {
        return json == null ? empty : unmodifiable.apply(JSON.readValue(json, type));
    }
}
