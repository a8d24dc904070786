package org.beltportal.core.campaign.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.beltportal.core.campaign.Recurrence;

/** A {@link Recurrence} as its months in a text column ({@code 3,9,12}); NULL for a one-off campaign. */
public class RecurrenceTypeHandler extends BaseTypeHandler<Recurrence> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Recurrence parameter, JdbcType jdbcType) throws SQLException {
        ps.setString(i, parameter.months().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    @Override
    public Recurrence getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName));
    }

    @Override
    public Recurrence getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex));
    }

    @Override
    public Recurrence getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex));
    }

    private static Recurrence read(String months) {
        return months == null ? null : new Recurrence(Arrays.stream(months.split(",")).map(Integer::valueOf).toList());
    }
}
