package org.beltportal.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/**
 * Sends one {@link SoakRequest} and says how it went. A page or API answers 200; an inquiry 201, and 429
 * when a limit holds it back, which is counted apart from failures; an admin write GETs the product and
 * PUTs it back with a marked title (the marker is one the next run's clean-up strips, see
 * {@link Bench#NRT_MARK}). Anything else, a timeout or a broken connection is a failure.
 */
final class SoakClient {

    enum Outcome { OK, THROTTLED, FAILED }

    record Result(Outcome outcome, String detail) {

        static final Result OK = new Result(Outcome.OK, null);
    }

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private final Api api;
    private final String mark;
    private final AtomicLong writes = new AtomicLong();

    SoakClient(Api api, String runId) {
        this.api = api;
        this.mark = Bench.NRT_MARK + runId + "s";
    }

    Result execute(SoakRequest request) {
        try {
            return switch (request.kind()) {
                case INQUIRY -> inquiry(request);
                case ADMIN_WRITE -> adminWrite(request);
                case IMPORT_UPLOAD -> throw new IllegalArgumentException("the import is sent by the soak itself");
                default -> expect(200, request, api.get(request.path()));
            };
        } catch (Exception e) {
            return new Result(Outcome.FAILED, e.getClass().getSimpleName() + " " + request.path() + " " + e.getMessage());
        }
    }

    private Result inquiry(SoakRequest request) throws Exception {
        Api.Reply reply = api.postJsonFrom(request.from(), request.path(), request.body());
        return reply.status() == 429 ? new Result(Outcome.THROTTLED, null) : expect(201, request, reply);
    }

    private Result adminWrite(SoakRequest request) throws Exception {
        Api.Reply got = api.getAuthorized(request.path());
        if (got.status() != 200) {
            return expect(200, request, got);
        }
        ObjectNode draft = Bench.draft(got.json());
        String title = draft.path("title").asString();
        int marked = title.indexOf(" " + Bench.NRT_MARK);
        draft.put("title", (marked < 0 ? title : title.substring(0, marked)) + " " + mark + writes.incrementAndGet());
        return expect(200, request, api.putJson(request.path(), draft.toString()));
    }

    private static Result expect(int status, SoakRequest request, Api.Reply reply) {
        if (reply.status() == status) {
            return Result.OK;
        }
        return new Result(Outcome.FAILED, reply.status() + " " + request.kind().label + " " + request.path() + " "
                + gist(reply.body()));
    }

    /** An error page's title, or the start of any other answer: enough to tell failures apart in the report. */
    private static String gist(String body) {
        Matcher title = TITLE.matcher(body);
        String text = (title.find() ? title.group(1) : body).replaceAll("\\s+", " ").strip();
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
