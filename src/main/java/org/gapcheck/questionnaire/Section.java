package org.gapcheck.questionnaire;

/** A group of items, named after the part of the UNODC Annual Report Questionnaire it follows. */
public record Section(String id, String title, String arq) {
}
