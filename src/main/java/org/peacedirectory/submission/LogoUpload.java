package org.peacedirectory.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A checked, re-encoded logo waiting for its form to be sent, found again by its token. */
@Entity
@Table(name = "logo_upload")
public class LogoUpload {

    @Id
    @Column(name = "token")
    private String token;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LogoUpload() {}

    LogoUpload(String token, ProcessedLogo logo, Instant now) {
        this.token = token;
        this.mediaType = logo.mediaType();
        this.content = logo.content();
        this.width = logo.width();
        this.height = logo.height();
        this.createdAt = now;
    }

    public String getToken() {
        return token;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }
}
