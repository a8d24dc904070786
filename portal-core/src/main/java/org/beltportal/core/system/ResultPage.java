package org.beltportal.core.system;

import java.util.List;
import java.util.function.Function;

/** One page of a listing with the total, as the admin API returns it. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public static <T> ResultPage<T> of(List<T> items, long total, PageQuery query) {
        return new ResultPage<>(List.copyOf(items), total, query.page(), query.size());
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
