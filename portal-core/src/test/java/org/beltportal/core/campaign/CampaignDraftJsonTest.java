package org.beltportal.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request body is flat, the spec's fields beside {@code version}, and reads with the rules of a plain
 * record: what decision 22 relies on from Jackson's unwrapping (unknown fields refused when the mapper
 * refuses them, bad values named by their flat path).
 */
class CampaignDraftJsonTest {

    static final JsonMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void theSpecsFieldsSitBesideVersion() {
        CampaignDraft draft = STRICT.readValue("""
                {"slug": "fair", "name": "童装节", "kind": "origin_day", "liveStart": "2030-12-06T10:00",
                 "recurrence": {"months": [12]}, "featuredProductIds": [7], "placements": [{"slot": "hero", "page": "home"}],
                 "version": 3}""", CampaignDraft.class);

        assertThat(draft.version()).isEqualTo(3);
        assertThat(draft.spec()).extracting(CampaignSpec::slug, CampaignSpec::name, CampaignSpec::kind, CampaignSpec::liveStart,
                CampaignSpec::recurrence, CampaignSpec::featuredProductIds, CampaignSpec::placements)
                .containsExactly("fair", "童装节", CampaignKind.ORIGIN_DAY, LocalDateTime.parse("2030-12-06T10:00"),
                        new Recurrence(List.of(12)), List.of(7L), List.of(new Placement("hero", "home")));
    }

    @Test
    void anEmptyBodyIsAnEmptySpecForTheRulesToRefuse() {
        CampaignDraft draft = STRICT.readValue("{}", CampaignDraft.class);

        assertThat(draft.spec().slug()).isNull();
        assertThat(draft.spec().placements()).isEmpty();
        assertThat(draft.version()).isNull();
    }

    @Test
    void anUnknownFieldIsRefusedByNameThroughTheUnwrapping() {
        assertThatThrownBy(() -> STRICT.readValue("{\"slug\": \"fair\", \"bannerTxt\": \"包邮\"}", CampaignDraft.class))
                .isInstanceOfSatisfying(UnrecognizedPropertyException.class,
                        e -> assertThat(e.getPropertyName()).isEqualTo("bannerTxt"));
    }

    @Test
    void aBadValueIsNamedByItsFlatPath() {
        assertThatThrownBy(() -> STRICT.readValue("{\"warmupStart\": \"tomorrow\"}", CampaignDraft.class))
                .isInstanceOfSatisfying(DatabindException.class, e -> assertThat(e.getPath())
                        .extracting(JacksonException.Reference::getPropertyName).containsExactly("warmupStart"));
        assertThatThrownBy(() -> STRICT.readValue("{\"featuredProductIds\": [1, \"x\"]}", CampaignDraft.class))
                .isInstanceOfSatisfying(DatabindException.class, e -> assertThat(e.getPath())
                        .extracting(JacksonException.Reference::getIndex).containsExactly(-1, 1));
    }

    @Test
    void anUnknownKindReadsAsNoneSoTheRulesReportItWithTheOtherFaults() {
        assertThat(STRICT.readValue("{\"kind\": \"carnival\"}", CampaignDraft.class).spec().kind()).isNull();
    }
}
