package org.beltportal.core.system.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** A {@code Map<String, String>} kept as a JSON object in a TEXT column; named explicitly in mapper XML. */
public class StringMapJsonTypeHandler extends BaseTypeHandler<Map<String, String>> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Map<String, String> parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, JsonColumns.MAPPER.writeValueAsString(parameter));
    }

    @Override
    public Map<String, String> getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName));
    }

    @Override
    public Map<String, String> getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex));
    }

    @Override
    public Map<String, String> getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex));
    }

    private static Map<String, String> read(String json) {
        if (json == null) {
            return Map.of();
        }
        // Keep the operator's attribute order: it is the order buyers see.
        return Collections.unmodifiableMap(new LinkedHashMap<>(JsonColumns.MAPPER.readValue(json, JsonColumns.STRING_MAP)));
    }
}
