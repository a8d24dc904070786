package org.beltportal.core.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.system.FieldProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Bodies read as the application reads them, and what the error names for each. */
class JsonBodyProblemsTest {

    final JsonMapper json = StrictJson.mapper();

    record Tier(int minQty, BigDecimal price) {
    }

    record Body(String name, Integer moq, Boolean verified, List<Tier> tiers, Map<String, Integer> counts,
                Instant publishAt, LocalDateTime liveStart) {
    }

    private Optional<FieldProblem> problemOf(String body) {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> json.readValue(body, Body.class));
        assertThat(e).as("refused: " + body).isNotNull();
        return JsonBodyProblems.of(e);
    }

    @Test
    void unknownFieldsAreNamedWithThePathToThem() {
        assertThat(problemOf("{\"name\": \"袜子\", \"slogn\": \"x\"}")).hasValueSatisfying(problem -> {
            assertThat(problem.field()).isEqualTo("slogn");
            assertThat(problem.message()).contains("name", "moq", "tiers");
        });
        assertThat(problemOf("{\"tiers\": [{\"minQty\": 1, \"price\": 2}, {\"minQty\": 2, \"prize\": 1}]}"))
                .map(FieldProblem::field).hasValue("tiers[1].prize");
    }

    @Test
    void wrongTypesAreNamedWithWhatTheyMustBe() {
        assertThat(problemOf("{\"moq\": \"many\"}")).hasValue(new FieldProblem("moq", "must be a whole number"));
        assertThat(problemOf("{\"moq\": 2.5}")).hasValue(new FieldProblem("moq", "must be a whole number"));
        assertThat(problemOf("{\"verified\": \"perhaps\"}")).hasValue(new FieldProblem("verified", "must be true or false"));
        assertThat(problemOf("{\"name\": {\"zh\": \"袜子\"}}")).hasValue(new FieldProblem("name", "must be text"));
        assertThat(problemOf("{\"tiers\": {\"minQty\": 1}}")).hasValue(new FieldProblem("tiers", "must be a list"));
        assertThat(problemOf("{\"tiers\": [{\"minQty\": 1, \"price\": 2}, {\"minQty\": 5, \"price\": \"cheap\"}]}"))
                .hasValue(new FieldProblem("tiers[1].price", "must be a number"));
        assertThat(problemOf("{\"counts\": {\"red\": \"x\"}}")).map(FieldProblem::field).hasValue("counts.red");
    }

    @Test
    void nullWhereANumberMustBeIsNamed() {
        assertThat(problemOf("{\"tiers\": [{\"minQty\": null, \"price\": 2}]}"))
                .hasValue(new FieldProblem("tiers[0].minQty", "must be a whole number"));
    }

    @Test
    void numbersOutOfRangeAreNamed() {
        assertThat(problemOf("{\"moq\": 99999999999}")).map(FieldProblem::field).hasValue("moq");
    }

    @Test
    void badDatesAreNamedWithTheFormTheyMustHave() {
        assertThat(problemOf("{\"publishAt\": \"next monday\"}")).hasValueSatisfying(problem -> {
            assertThat(problem.field()).isEqualTo("publishAt");
            assertThat(problem.message()).contains("2026-12-06T02:00:00Z");
        });
        assertThat(problemOf("{\"liveStart\": \"2026-13-01T10:00\"}")).hasValueSatisfying(problem -> {
            assertThat(problem.field()).isEqualTo("liveStart");
            assertThat(problem.message()).contains("2026-12-06T10:00");
        });
    }

    @Test
    void textThatIsNoJsonHasNoFieldToName() {
        assertThat(problemOf("{\"name\": ")).isEmpty();
        assertThat(problemOf("[1, 2]")).isEmpty();
    }
}
