package org.beltportal.core.campaign;

/**
 * An approved campaign as the portal sees it at one instant: its phase then and the occurrence that
 * contains or follows that instant ({@code null} once a one-off campaign has ended).
 */
public record ActiveCampaign(Campaign campaign, CampaignPhase phase, Occurrence occurrence) {

    public boolean isShown() {
        return phase == CampaignPhase.WARMUP || phase == CampaignPhase.LIVE;
    }
}
