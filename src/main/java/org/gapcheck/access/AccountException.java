package org.gapcheck.access;

/** An account or a token that cannot be made or changed as asked: the field at fault and why. */
public final class AccountException extends RuntimeException {

    private final String field;
    private final String code;

    AccountException(String field, String code, String message) {
        super(message, null, false, false);
        this.field = field;
        this.code = code;
    }

    /** The input field at fault ({@code login}, {@code role}, {@code country}, ...). */
    public String field() {
        return field;
    }

    /** A stable code: {@code invalid}, {@code taken}, {@code required}, {@code weak}. */
    public String code() {
        return code;
    }
}
