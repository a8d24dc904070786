package org.beltportal.core.system.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;
import org.beltportal.core.supplier.CreditRating;

/** Stores a credit rating as its level 1..5, so SQL can compare and sort ratings. */
@MappedTypes(CreditRating.class)
public class CreditRatingTypeHandler extends BaseTypeHandler<CreditRating> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, CreditRating parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setInt(i, parameter.level());
    }

    @Override
    public CreditRating getNullableResult(ResultSet rs, String columnName) throws SQLException {
        int level = rs.getInt(columnName);
        return rs.wasNull() ? null : CreditRating.ofLevel(level);
    }

    @Override
    public CreditRating getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        int level = rs.getInt(columnIndex);
        return rs.wasNull() ? null : CreditRating.ofLevel(level);
    }

    @Override
    public CreditRating getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        int level = cs.getInt(columnIndex);
        return cs.wasNull() ? null : CreditRating.ofLevel(level);
    }
}
