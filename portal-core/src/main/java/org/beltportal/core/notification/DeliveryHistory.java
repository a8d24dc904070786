package org.beltportal.core.notification;

import java.util.List;

import org.beltportal.core.notification.internal.DeliveryMapper;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;

/** What became of an inquiry's notifications, for its operators. */
@Service
public class DeliveryHistory {

    private final DeliveryMapper mapper;

    DeliveryHistory(DeliveryMapper mapper) {
        this.mapper = mapper;
    }

    /** Oldest first; empty for an id of no inquiry of this belt. */
    public List<Delivery> ofInquiry(TenantId tenantId, long inquiryId) {
        return mapper.findByInquiry(tenantId, inquiryId);
    }
}
