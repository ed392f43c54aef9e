package org.safeguarding.portal.retention;

/** Why a case is under a legal hold: stored by name, never rename a constant. */
public enum HoldCategory {
    INQUIRY, OMBUDSMAN_COMPLAINT, LITIGATION, OTHER
}
