package org.beltportal.core.product;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/** What a bulk request does to every product it names ({@link ProductService#bulk}). */
public enum BulkAction {
    ACTIVATE, DEACTIVATE, MOVE, DELETE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static BulkAction fromCode(String code) {
        for (BulkAction action : values()) {
            if (action.code().equals(code)) {
                return action;
            }
        }
        throw InvalidInputException.of("action", "must be activate, deactivate, move or delete");
    }
}
