package org.beltportal.themes.inquiry;

import static org.beltportal.themes.TestData.ZHILI;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryDraft;
import org.beltportal.core.inquiry.InquiryStatus;
import org.beltportal.core.inquiry.Sender;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.system.web.ApiExceptionHandler;
import org.beltportal.themes.PortalWebTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code POST /api/v1/inquiries}: statuses and JSON bodies, with core's error contract in place. */
@Import(ApiExceptionHandler.class)
class InquiryApiTest extends PortalWebTestSupport {

    static final String BODY = """
            {"productId": 101, "quantity": 500, "name": "王丽", "company": "杭州童趣贸易", "phone": "13805712345",
             "message": "请报价"}""";

    private static MockHttpServletRequestBuilder inquiry(String body) {
        return post("/api/v1/inquiries").header("Host", "zhili.localhost").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static Inquiry stored(long id) {
        Instant now = Instant.parse("2026-05-01T02:00:00Z");
        return new Inquiry(id, ZHILI.id(), 101, 11L, "连衣裙", 500, "王丽", null, "13805712345", null, null, InquiryStatus.NEW,
                "hash", now, now);
    }

    @Test
    void acceptedInquiryAnswers201WithItsId() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any())).thenReturn(stored(42));

        mvc.perform(inquiry(BODY)).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(42));

        verify(inquiries).submit(ZHILI.id(), new InquiryDraft(101L, 500, "王丽", "杭州童趣贸易", "13805712345", null, "请报价"),
                new Sender("127.0.0.1", false), VisitSource.DIRECT);
    }

    @Test
    void forwardedForFromAnUntrustedClientIsNotBelieved() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any())).thenReturn(stored(42));

        mvc.perform(inquiry(BODY).header("X-Forwarded-For", "198.51.100.1")).andExpect(status().isCreated());

        verify(inquiries).submit(eq(ZHILI.id()), any(), eq(new Sender("127.0.0.1", false)), any());
    }

    @Test
    void filledHoneypotGetsTheSame201() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any())).thenReturn(stored(43));

        mvc.perform(inquiry(BODY.replace("\"message\"", "\"website\": \"x\", \"message\""))).andExpect(status().isCreated());

        verify(inquiries).submit(eq(ZHILI.id()), any(), eq(new Sender("127.0.0.1", true)), any());
    }

    @Test
    void refusedFieldsAre400WithDetails() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any())).thenThrow(new InvalidInputException(List.of(
                new FieldProblem("name", "is required"), new FieldProblem("email", "is not a valid email address"))));

        mvc.perform(inquiry(BODY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid"))
                .andExpect(jsonPath("$.details[0].field").value("name"))
                .andExpect(jsonPath("$.details[1].field").value("email"));
    }

    @Test
    void unknownProductIs404Json() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any())).thenThrow(new NotFoundException("no product 101"));

        mvc.perform(inquiry(BODY)).andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("not_found"));
    }

    @Test
    void limitedSenderIs429WithRetryAfter() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any()))
                .thenThrow(new TooManyRequestsException("too many inquiries", Duration.ofMillis(1500)));

        mvc.perform(inquiry(BODY))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.error").value("too_many_requests"));
    }

    @Test
    void aSourceIsPassedOnAndAnythingButTheFourCodesIs400() throws Exception {
        when(inquiries.submit(eq(ZHILI.id()), any(), any(), any())).thenReturn(stored(44));
        mvc.perform(inquiry(BODY.replace("\"message\"", "\"source\": \"campaign\", \"message\"")))
                .andExpect(status().isCreated());
        verify(inquiries).submit(eq(ZHILI.id()), any(), any(), eq(VisitSource.CAMPAIGN));

        mvc.perform(inquiry(BODY.replace("\"message\"", "\"source\": \"newsletter\", \"message\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.details[0].field").value("source"));
        verify(inquiries, times(1)).submit(any(), any(), any(), any());
    }

    @Test
    void malformedJsonIs400AndStoresNothing() throws Exception {
        mvc.perform(inquiry("{\"productId\": 101, \"quantity\": \"lots\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));

        verify(inquiries, never()).submit(any(), any(), any(), any());
    }

    @Test
    void platformHostHasNoInquiries() throws Exception {
        mvc.perform(post("/api/v1/inquiries").header("Host", "localhost").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
    }
}
