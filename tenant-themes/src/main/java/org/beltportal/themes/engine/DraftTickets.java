package org.beltportal.themes.engine;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * The drafts being check-rendered on this node, each behind an unguessable ticket that its page requests carry
 * in {@link #HEADER}. A request with a live ticket for its own belt renders with the draft in place and
 * reports a failure to the ticket instead of falling back; any other request (no ticket, an unknown or closed
 * one, another belt's) renders as usual, so a ticket is worth nothing outside the check that opened it.
 */
@Component
class DraftTickets {

    static final String HEADER = "X-BeltPortal-Draft-Check";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Draft> open = new ConcurrentHashMap<>();

    /** One draft under check: the configuration with the draft in place, and the failure of its latest page. */
    static final class Draft {
        final TenantId tenantId;
        final SandboxConfiguration configuration;
        private volatile RenderFailure failure;

        Draft(TenantId tenantId, SandboxConfiguration configuration) {
            this.tenantId = tenantId;
            this.configuration = configuration;
        }

        void failed(RenderFailure failure) {
            this.failure = failure;
        }

        /** The failure of the page rendered since the last call, if it failed; forgotten once read. */
        Optional<RenderFailure> takeFailure() {
            RenderFailure found = failure;
            failure = null;
            return Optional.ofNullable(found);
        }
    }

    String open(Draft draft) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        open.put(ticket, draft);
        return ticket;
    }

    Optional<Draft> find(String ticket, TenantId tenantId) {
        return ticket == null ? Optional.empty()
                : Optional.ofNullable(open.get(ticket)).filter(draft -> draft.tenantId.equals(tenantId));
    }

    void close(String ticket) {
        open.remove(ticket);
    }
}
