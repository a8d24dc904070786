package org.beltportal.core.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.beltportal.core.system.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonMergePatchTest {

    final JsonMapper json = StrictJson.mapper();
    final JsonMergePatch patches = new JsonMergePatch(json);

    record Tier(int minQty, BigDecimal price) {
    }

    /** A PUT body. */
    record Body(String name, String note, Integer moq, List<Tier> tiers, Map<String, String> attributes) {
    }

    /** What GET answers: the body's fields and some the body does not take. */
    record View(long id, String name, String note, Integer moq, List<Tier> tiers, Map<String, String> attributes,
                Instant updatedAt) {
    }

    final View current = new View(7, "袜子", "备注", 30, List.of(new Tier(30, new BigDecimal("2.50"))),
            Map.of("材质", "纯棉", "颜色", "白"), Instant.parse("2026-12-01T00:00:00Z"));

    /** Every example of RFC 7396, appendix A, separated by '|': target, patch, result. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"a\":\"b\"}                | {\"a\":\"c\"}                       | {\"a\":\"c\"}",
            "{\"a\":\"b\"}                | {\"b\":\"c\"}                       | {\"a\":\"b\",\"b\":\"c\"}",
            "{\"a\":\"b\"}                | {\"a\":null}                        | {}",
            "{\"a\":\"b\",\"b\":\"c\"}    | {\"a\":null}                        | {\"b\":\"c\"}",
            "{\"a\":[\"b\"]}              | {\"a\":\"c\"}                       | {\"a\":\"c\"}",
            "{\"a\":\"c\"}                | {\"a\":[\"b\"]}                     | {\"a\":[\"b\"]}",
            "{\"a\":{\"b\":\"c\"}}        | {\"a\":{\"b\":\"d\",\"c\":null}}    | {\"a\":{\"b\":\"d\"}}",
            "{\"a\":[{\"b\":\"c\"}]}      | {\"a\":[1]}                         | {\"a\":[1]}",
            "[\"a\",\"b\"]                | [\"c\",\"d\"]                       | [\"c\",\"d\"]",
            "{\"a\":\"b\"}                | [\"c\"]                             | [\"c\"]",
            "{\"a\":\"foo\"}              | null                                | null",
            "{\"a\":\"foo\"}              | \"bar\"                             | \"bar\"",
            "{\"e\":null}                 | {\"a\":1}                           | {\"e\":null,\"a\":1}",
            "[1,2]                        | {\"a\":\"b\",\"c\":null}            | {\"a\":\"b\"}",
            "{}                           | {\"a\":{\"bb\":{\"ccc\":null}}}     | {\"a\":{\"bb\":{}}}"})
    void mergesAsTheRfcSays(String target, String patch, String result) {
        JsonNode original = json.readTree(target);
        assertThat(JsonMergePatch.merged(original, json.readTree(patch))).isEqualTo(json.readTree(result));
        assertThat(original).isEqualTo(json.readTree(target));
    }

    @Test
    void fieldsThePatchLeavesOutKeepTheirValues() {
        Body body = patches.apply(json.readTree("{\"name\": \"棉袜\"}"), current, Body.class);

        assertThat(body).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new Body("棉袜", "备注", 30, current.tiers(), current.attributes()));
    }

    @Test
    void nullRemovesAFieldAndObjectsMergeByKey() {
        Body body = patches.apply(json.readTree("{\"note\": null, \"attributes\": {\"颜色\": null, \"产地\": \"诸暨\"}}"),
                current, Body.class);

        assertThat(body.note()).isNull();
        assertThat(body.attributes()).containsOnly(Map.entry("材质", "纯棉"), Map.entry("产地", "诸暨"));
    }

    @Test
    void arraysAreReplacedWhole() {
        Body body = patches.apply(json.readTree("{\"tiers\": [{\"minQty\": 100, \"price\": 2.2}]}"), current, Body.class);

        assertThat(body.tiers()).containsExactly(new Tier(100, new BigDecimal("2.2")));
    }

    @Test
    void fieldsOfTheRepresentationThatTheBodyLacksAreUnknownInAPatch() {
        assertThatThrownBy(() -> patches.apply(json.readTree("{\"id\": 8}"), current, Body.class))
                .isInstanceOf(JsonBodyException.class)
                .satisfies(e -> assertThat(JsonBodyProblems.of((JacksonException) e.getCause()).orElseThrow().field())
                        .isEqualTo("id"));
    }

    @Test
    void aWrongTypeInThePatchIsNamedByItsPath() {
        assertThatThrownBy(() -> patches.apply(json.readTree("{\"tiers\": [{\"minQty\": 1, \"price\": 2}, {\"minQty\": 5, \"price\": \"cheap\"}]}"),
                current, Body.class))
                .isInstanceOf(JsonBodyException.class)
                .satisfies(e -> assertThat(JsonBodyProblems.of((JacksonException) e.getCause()).orElseThrow().field())
                        .isEqualTo("tiers[1].price"));
    }

    @Test
    void aPatchMustBeAnObject() {
        assertThatThrownBy(() -> patches.apply(json.readTree("[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"x\"}]"),
                current, Body.class))
                .isInstanceOf(BadRequestException.class);
    }
}
