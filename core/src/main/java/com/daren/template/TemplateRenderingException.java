package com.daren.template;

/** A template that is missing, refused as unsafe, or failed while rendering. */
public class TemplateRenderingException extends RuntimeException {

    public TemplateRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
