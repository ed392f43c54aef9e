package org.safeguarding.portal.onward;

import org.safeguarding.portal.contact.ConsentPurpose;

/** Partners a case may be referred on to, each gated by the survivor's consent for its purpose. Stored by name. */
public enum Partner {
    POLICE(ConsentPurpose.POLICE),
    ISVA(ConsentPurpose.ISVA),
    HEALTH(ConsentPurpose.HEALTH),
    /** The Multi-Agency Safeguarding Hub: where a child at current risk is routed. */
    MASH(ConsentPurpose.PARTNERS),
    VOLUNTARY_SECTOR(ConsentPurpose.PARTNERS);

    /** The consent that allows a referral to this partner. */
    public final ConsentPurpose consent;

    Partner(ConsentPurpose consent) {
        this.consent = consent;
    }
}
