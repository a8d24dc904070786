package org.beltportal.themes.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.TestData.ZHILI;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.inquiry.InquiryDraft;
import org.beltportal.core.inquiry.Sender;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The no-JavaScript round trip: the form on the product page, a post, and the page it leads to. */
class InquiryFormTest extends PortalWebTestSupport {

    @BeforeEach
    void zhiliSellsADress() {
        when(products.find(ZHILI.id(), 101)).thenReturn(Optional.of(TestData.product(ZHILI, 101, "女童纯棉碎花连衣裙", ProductStatus.ACTIVE)));
        when(suppliers.require(ZHILI.id(), 11)).thenReturn(TestData.supplier(ZHILI, 11, "湖州织里贝朵儿童服饰有限公司"));
    }

    /** A filled-in form posted on Zhili's host; {@code changes} are name, value pairs that replace fields. */
    private static MockHttpServletRequestBuilder form(String... changes) {
        return post("/inquiries").header("Host", "zhili.localhost").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .params(fields(changes));
    }

    private static MultiValueMap<String, String> fields(String... changes) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("productId", "101", "quantity", "500", "name", "王丽",
                "company", "杭州童趣贸易", "phone", "13805712345", "email", "", "message", "请报价", "website", ""));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        fields.forEach(params::add);
        return params;
    }

    @Test
    void productPageCarriesTheFormWithALabelForEveryField() throws Exception {
        Answer answer = perform(get("/products/101").header("Host", "zhili.localhost"));

        Element form = answer.html().selectFirst("section#inquiry form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/inquiries#inquiry");
        assertThat(form.selectFirst("input[name=productId]").val()).isEqualTo("101");
        assertThat(form.selectFirst("input[name=quantity]").val()).isEqualTo("30");
        for (Element field : form.select("input:not([type=hidden]), textarea")) {
            assertThat(form.select("label[for=" + field.id() + "]")).as(field.attr("name")).hasSize(1);
        }
        assertThat(form.select("[required]")).extracting(e -> e.attr("name")).containsExactly("quantity", "name");
        assertThat(form.selectFirst("input[name=name]").attr("autocomplete")).isEqualTo("name");
        assertThat(form.selectFirst("input[name=phone]").attr("aria-describedby")).isEqualTo("inquiry-contact-hint");
        assertThat(answer.html().select(".inquiry-sent, .inquiry-errors, [aria-invalid]")).isEmpty();
    }

    @Test
    void honeypotIsHiddenFromPeopleAndKeyboards() throws Exception {
        Element trap = perform(get("/products/101").header("Host", "zhili.localhost")).html().selectFirst("input[name=website]");

        assertThat(trap.attr("tabindex")).isEqualTo("-1");
        assertThat(trap.attr("autocomplete")).isEqualTo("off");
        assertThat(trap.parent().attr("aria-hidden")).isEqualTo("true");
        assertThat(trap.parent().hasClass("visually-hidden")).isTrue();
    }

    @Test
    void formPostsUnderThePrefixWhenReachedByIt() throws Exception {
        assertThat(perform(get("/t/zhili/products/101")).html().selectFirst("section#inquiry form").attr("action"))
                .isEqualTo("/t/zhili/inquiries#inquiry");
    }

    @Test
    void sentInquiryRedirectsToTheProductPageWith303() throws Exception {
        MockHttpServletResponse response = mvc.perform(form()).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/products/101?inquiry=sent#inquiry");
        ArgumentCaptor<InquiryDraft> draft = ArgumentCaptor.forClass(InquiryDraft.class);
        verify(inquiries).submit(eq(ZHILI.id()), draft.capture(), eq(new Sender("127.0.0.1", false)), any());
        assertThat(draft.getValue()).isEqualTo(new InquiryDraft(101L, 500, "王丽", "杭州童趣贸易", "13805712345", "", "请报价"));
    }

    @Test
    void theHiddenSourceIsPassedOnAndAnUnknownOneCountsAsDirect() throws Exception {
        mvc.perform(form("source", "search"));
        verify(inquiries).submit(eq(ZHILI.id()), any(), any(), eq(VisitSource.SEARCH));
        mvc.perform(form("source", "<b>newsletter</b>"));
        verify(inquiries).submit(eq(ZHILI.id()), any(), any(), eq(VisitSource.DIRECT));
    }

    @Test
    void redirectKeepsThePrefix() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/t/zhili/inquiries")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).params(fields())).andReturn().getResponse();

        assertThat(response.getHeader("Location")).isEqualTo("/t/zhili/products/101?inquiry=sent#inquiry");
    }

    @Test
    void productPageAfterSendingSaysSo() throws Exception {
        Answer answer = perform(get("/products/101").param("inquiry", "sent").header("Host", "zhili.localhost"));

        assertThat(answer.html().selectFirst(".inquiry-sent[role=status]").text()).isEqualTo("询价已发送，供应商会尽快与您联系。");
    }

    @Test
    void filledHoneypotLooksSentButIsMarkedTrapped() throws Exception {
        assertThat(mvc.perform(form("website", "http://spam.example")).andReturn().getResponse().getStatus())
                .isEqualTo(303);

        verify(inquiries).submit(eq(ZHILI.id()), any(), eq(new Sender("127.0.0.1", true)), any());
    }

    @Test
    void fullWidthQuantityCounts() throws Exception {
        mvc.perform(form("quantity", "５００"));

        ArgumentCaptor<InquiryDraft> draft = ArgumentCaptor.forClass(InquiryDraft.class);
        verify(inquiries).submit(eq(ZHILI.id()), draft.capture(), any(), any());
        assertThat(draft.getValue().quantity()).isEqualTo(500);
    }

    @Test
    void refusedInquiryShowsThePageAgainWithInputAndAccessibleErrors() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any())).thenThrow(new InvalidInputException(List.of(
                new FieldProblem("name", "is required"), new FieldProblem("phone", "give a phone number or an email address"),
                new FieldProblem("quantity", "must be between 1 and 10000000"))));

        Answer answer = perform(form("name", "", "company", "<b>童趣</b>", "phone", ""));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("女童纯棉碎花连衣裙");
        Element form = answer.html().selectFirst("section#inquiry form");
        assertThat(form.selectFirst("input[name=company]").val()).isEqualTo("<b>童趣</b>");
        assertThat(answer.body()).doesNotContain("<b>童趣</b>");
        assertThat(form.selectFirst("input[name=quantity]").val()).isEqualTo("500");
        Element name = form.selectFirst("input[name=name]");
        assertThat(name.attr("aria-invalid")).isEqualTo("true");
        assertThat(answer.html().getElementById(name.attr("aria-describedby")).text()).isEqualTo("请填写联系人，不超过 60 个字");
        Element phone = form.selectFirst("input[name=phone]");
        assertThat(phone.attr("aria-describedby")).isEqualTo("inquiry-contact-hint inquiry-phone-error");
        assertThat(form.selectFirst("input[name=email]").hasAttr("aria-invalid")).isFalse();
        assertThat(answer.html().select(".inquiry-errors[role=alert] a")).extracting(a -> a.attr("href"))
                .containsExactly("#inquiry-quantity", "#inquiry-name", "#inquiry-phone");
    }

    @Test
    void quantityThatIsNoNumberIsShownEmpty() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any())).thenThrow(InvalidInputException.of("quantity", "must be between 1 and 10000000"));

        Answer answer = perform(form("quantity", "很多"));

        assertThat(answer.html().selectFirst("input[name=quantity]").val()).isEmpty();
        ArgumentCaptor<InquiryDraft> draft = ArgumentCaptor.forClass(InquiryDraft.class);
        verify(inquiries).submit(eq(ZHILI.id()), draft.capture(), any(), any());
        assertThat(draft.getValue().quantity()).isZero();
    }

    @Test
    void limitedSenderGets429WithRetryAfterAndTheirInput() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any()))
                .thenThrow(new TooManyRequestsException("too many", Duration.ofSeconds(301)));

        MockHttpServletResponse response = mvc.perform(form()).andReturn().getResponse();
        Answer answer = perform(form());

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("301");
        assertThat(answer.html().selectFirst(".inquiry-limited[role=alert]").text()).contains("请在 6 分钟后再试");
        assertThat(answer.html().selectFirst("input[name=name]").val()).isEqualTo("王丽");
    }

    @Test
    void unknownProductAnswersTheNotFoundPage() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any())).thenThrow(new NotFoundException("no product 999"));

        Answer answer = perform(form("productId", "999"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("text/html");
    }

    @Test
    void productIdThatIsNoNumberAnswers404WithoutTryingToStore() throws Exception {
        assertThat(perform(form("productId", "../admin")).status()).isEqualTo(404);

        verify(inquiries, never()).submit(any(), any(), any(), any());
    }
}
