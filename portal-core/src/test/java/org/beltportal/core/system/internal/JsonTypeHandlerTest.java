package org.beltportal.core.system.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.core.job.RowError;
import org.junit.jupiter.api.Test;

/** The JSON columns keep the text existing databases hold, and read it back as the typed values. */
class JsonTypeHandlerTest {

    final PreparedStatement statement = mock(PreparedStatement.class);
    final ResultSet row = mock(ResultSet.class);

    @Test
    void writesTheTextTheColumnsAlwaysHeld() throws SQLException {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("材质", "纯棉");
        attributes.put("尺码", "S-XL");

        new StringMapJsonTypeHandler().setNonNullParameter(statement, 1, attributes, null);
        new StringListJsonTypeHandler().setNonNullParameter(statement, 2, List.of("a.jpg", "b.jpg"), null);
        new RowErrorsJsonTypeHandler().setNonNullParameter(statement, 3, List.of(new RowError(3, "price", "不是数字")), null);

        verify(statement).setString(1, "{\"材质\":\"纯棉\",\"尺码\":\"S-XL\"}");
        verify(statement).setString(2, "[\"a.jpg\",\"b.jpg\"]");
        verify(statement).setString(3, "[{\"row\":3,\"field\":\"price\",\"message\":\"不是数字\"}]");
    }

    @Test
    void readsStoredTextAsTypedUnmodifiableValuesInStoredOrder() throws SQLException {
        when(row.getString("attributes")).thenReturn("{\"尺码\":\"S-XL\",\"材质\":\"纯棉\",\"产地\":\"织里\"}");
        when(row.getString("images")).thenReturn("[\"b.jpg\",\"a.jpg\"]");
        when(row.getString("errors")).thenReturn("[{\"row\":7,\"field\":\"moq\",\"message\":\"必填\"}]");

        Map<String, String> attributes = new StringMapJsonTypeHandler().getNullableResult(row, "attributes");
        List<String> images = new StringListJsonTypeHandler().getNullableResult(row, "images");
        List<RowError> errors = new RowErrorsJsonTypeHandler().getNullableResult(row, "errors");

        assertThat(attributes.keySet()).containsExactly("尺码", "材质", "产地");
        assertThat(images).containsExactly("b.jpg", "a.jpg");
        assertThat(errors).containsExactly(new RowError(7, "moq", "必填"));
        assertThatThrownBy(() -> attributes.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> images.add("c.jpg")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullColumnReadsAsEmpty() throws SQLException {
        when(row.getString(1)).thenReturn(null);

        assertThat(new StringMapJsonTypeHandler().getNullableResult(row, 1)).isEmpty();
        assertThat(new StringListJsonTypeHandler().getNullableResult(row, 1)).isEmpty();
        assertThat(new RowErrorsJsonTypeHandler().getNullableResult(row, 1)).isEmpty();
    }
}
