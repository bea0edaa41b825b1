package dev.claimdesk.domain;

/** Whether the detector proposed a claim or a reviewer marked it by hand. */
public enum ClaimOrigin {
    DETECTED,
    MANUAL
}
