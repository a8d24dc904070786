package org.beltportal.core.job;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
