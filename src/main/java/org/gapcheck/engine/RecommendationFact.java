package org.gapcheck.engine;

/** One recommendation of the catalogue, as a fact the roll-up rule matches. */
public final class RecommendationFact {

    private final String id;
    private final int chapter;
    private final boolean memberStates;

    public RecommendationFact(String id, int chapter, boolean memberStates) {
        this.id = id;
        this.chapter = chapter;
        this.memberStates = memberStates;
    }

    public String getId() {
        return id;
    }

    public int getChapter() {
        return chapter;
    }

    public boolean isMemberStates() {
        return memberStates;
    }
}
