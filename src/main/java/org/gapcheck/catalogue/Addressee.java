package org.gapcheck.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who a recommendation asks to act; only what Member States are asked can be checked in a national submission. */
public enum Addressee {
    @JsonProperty("member_states") MEMBER_STATES,
    @JsonProperty("international_bodies") INTERNATIONAL_BODIES
}
