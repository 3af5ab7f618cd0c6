package org.gapcheck.report.render;

/** A PDF is asked for while the queue of those waiting for the renderer is full ({@link PdfQueue}). */
public final class PdfBusyException extends RuntimeException {

    PdfBusyException(int waiting) {
        super("This server renders one PDF at a time and " + waiting + " are already waiting; try again shortly.", null, false, false);
    }
}
