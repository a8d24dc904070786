package org.beltportal.core.system.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.beltportal.core.supplier.Capability;

/** A set of capabilities kept as a comma-separated column such as {@code samples,dropship}. */
public class CapabilitySetTypeHandler extends BaseTypeHandler<Set<Capability>> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Set<Capability> parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, parameter.stream().sorted().map(Capability::code).collect(Collectors.joining(",")));
    }

    @Override
    public Set<Capability> getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName));
    }

    @Override
    public Set<Capability> getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex));
    }

    @Override
    public Set<Capability> getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex));
    }

    private static Set<Capability> read(String csv) {
        if (csv == null || csv.isEmpty()) {
            return Set.of();
        }
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        Arrays.stream(csv.split(",")).map(Capability::fromCode).forEach(set::add);
        return set;
    }
}
