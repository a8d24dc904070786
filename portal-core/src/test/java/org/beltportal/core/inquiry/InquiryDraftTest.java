package org.beltportal.core.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The validation table: each row changes one field of a good inquiry and names the field that must fail. */
class InquiryDraftTest {

    static final InquiryDraft GOOD = new InquiryDraft(101L, 500, "王丽", "杭州童趣贸易", "138 0571 2345", null, "请报价");

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("no product", with(null, 500, "王丽", "", "13805712345", null, ""), "productId"),
                Arguments.of("no quantity", with(101L, null, "王丽", "", "13805712345", null, ""), "quantity"),
                Arguments.of("zero quantity", with(101L, 0, "王丽", "", "13805712345", null, ""), "quantity"),
                Arguments.of("huge quantity", with(101L, 10_000_001, "王丽", "", "13805712345", null, ""), "quantity"),
                Arguments.of("no name", with(101L, 5, "  ", "", "13805712345", null, ""), "name"),
                Arguments.of("name of control characters only", with(101L, 5, "\u0000\u0007", "", "13805712345", null, ""), "name"),
                Arguments.of("61-character name", with(101L, 5, "王".repeat(61), "", "13805712345", null, ""), "name"),
                Arguments.of("lone surrogate in name", with(101L, 5, "王\uD83D丽", "", "13805712345", null, ""), "name"),
                Arguments.of("undecodable bytes in name", with(101L, 5, "王\uFFFD丽", "", "13805712345", null, ""), "name"),
                Arguments.of("101-character company", with(101L, 5, "王丽", "公".repeat(101), "13805712345", null, ""), "company"),
                Arguments.of("no phone and no email", with(101L, 5, "王丽", "", " ", "", ""), "phone"),
                Arguments.of("phone with letters", with(101L, 5, "王丽", "", "138-CALL-ME", null, ""), "phone"),
                Arguments.of("phone of dashes", with(101L, 5, "王丽", "", "+- - - - -", null, ""), "phone"),
                Arguments.of("phone too short", with(101L, 5, "王丽", "", "12345", null, ""), "phone"),
                Arguments.of("phone too long", with(101L, 5, "王丽", "", "1".repeat(21), null, ""), "phone"),
                Arguments.of("email without host", with(101L, 5, "王丽", "", null, "wangli@", ""), "email"),
                Arguments.of("email with two ats", with(101L, 5, "王丽", "", null, "a@b@qq.com", ""), "email"),
                Arguments.of("email with a space", with(101L, 5, "王丽", "", null, "wang li@qq.com", ""), "email"),
                Arguments.of("2001-character message", with(101L, 5, "王丽", "", "13805712345", null, "询".repeat(2001)), "message"),
                Arguments.of("noncharacter in message", with(101L, 5, "王丽", "", "13805712345", null, "报价\uFFFF"), "message"));
    }

    private static InquiryDraft with(Long productId, Integer quantity, String name, String company, String phone,
                                     String email, String message) {
        return new InquiryDraft(productId, quantity, name, company, phone, email, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesTheBrokenFieldOnly(String label, InquiryDraft draft, String field) {
        assertThat(problemsOf(draft)).extracting(FieldProblem::field).containsExactly(field);
    }

    @Test
    void goodInquiryHasNoProblems() {
        assertThat(problemsOf(GOOD)).isEmpty();
    }

    @Test
    void emailAloneIsEnoughContact() {
        assertThat(problemsOf(with(101L, 1, "Li", null, null, "li.wang+buy@mail.example.com.cn", null))).isEmpty();
    }

    @Test
    void limitsCountCharactersNotUtf16Units() {
        String sixtyEmoji = "👗".repeat(60);
        InquiryDraft draft = with(101L, 1, sixtyEmoji, null, "13805712345", null, null);

        assertThat(problemsOf(draft)).isEmpty();
        assertThat(draft.cleaned().name()).isEqualTo(sixtyEmoji);
    }

    @Test
    void cleaningStripsControlsAndBidiOverridesAndComposesToNfc() {
        InquiryDraft cleaned = with(101L, 1, " Jose\u0301\u202E\u0000 ", "\tA\u0007B\n公司 ", "１３８－０５７１－２３４５",
                "ＷＡＮＧ＠qq.com", "第一行\r\n第二行\u0008\r").cleaned();

        assertThat(cleaned.name()).isEqualTo("José");
        assertThat(cleaned.company()).isEqualTo("AB 公司");
        assertThat(cleaned.phone()).isEqualTo("138-0571-2345");
        assertThat(cleaned.email()).isEqualTo("WANG@qq.com");
        assertThat(cleaned.message()).isEqualTo("第一行\n第二行");
    }

    @Test
    void blankOptionalFieldsBecomeNull() {
        InquiryDraft cleaned = with(101L, 1, "王丽", "  ", "13805712345", " ", "\n").cleaned();

        assertThat(cleaned.company()).isNull();
        assertThat(cleaned.email()).isNull();
        assertThat(cleaned.message()).isNull();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Problems problems = new Problems();
        with(null, 0, "", null, null, null, null).cleaned().validate(problems);

        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("productId", "quantity", "name", "phone"));
    }

    private static List<FieldProblem> problemsOf(InquiryDraft draft) {
        Problems problems = new Problems();
        draft.cleaned().validate(problems);
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }
}
