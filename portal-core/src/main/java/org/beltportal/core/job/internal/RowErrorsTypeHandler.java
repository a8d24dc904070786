package org.beltportal.core.job.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.beltportal.core.job.RowError;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A job's row errors, kept as a JSON array in a MEDIUMTEXT column. */
public class RowErrorsTypeHandler extends BaseTypeHandler<List<RowError>> {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<RowError>> LIST = new TypeReference<>() { };

    public static String write(List<RowError> errors) {
        return JSON.writeValueAsString(errors);
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, List<RowError> parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, write(parameter));
    }

    @Override
    public List<RowError> getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName));
    }

    @Override
    public List<RowError> getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex));
    }

    @Override
    public List<RowError> getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex));
    }

    private static List<RowError> read(String json) {
        return json == null ? List.of() : JSON.readValue(json, LIST);
    }
}
