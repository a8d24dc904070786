package org.beltportal.core.campaign.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list kept as a JSON array in a TEXT column, always read and written whole; a NULL column reads as an
 * empty list. One subclass per element type, named in the mapper XML, since a list's element type is erased.
 */
abstract class JsonListTypeHandler<E> extends BaseTypeHandler<List<E>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TypeReference<List<E>> type;

    JsonListTypeHandler(TypeReference<List<E>> type) {
        this.type = type;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, List<E> parameter, JdbcType jdbcType) throws SQLException {
        ps.setString(i, JSON.writeValueAsString(parameter));
    }

    @Override
    public List<E> getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName));
    }

    @Override
    public List<E> getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex));
    }

    @Override
    public List<E> getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex));
    }

    private List<E> read(String json) {
        return json == null ? List.of() : JSON.readValue(json, type);
    }
}
