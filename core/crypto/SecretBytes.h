#pragma once

#include <QByteArrayView>
#include <QString>
#include <cstddef>

namespace countersign {

// A byte buffer for passphrases and key material. Its memory is wiped with
// OPENSSL_cleanse when it is destroyed, cleared, and whenever it grows (the old block is
// wiped before it is freed), so no copy of the secret is left behind in freed memory.
// It is never converted implicitly to QByteArray or QString.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    ~SecretBytes();
    SecretBytes(const SecretBytes& other);
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;

    // UTF-8 of a QString, then wipes the caller's string in place (best effort: Qt may
    // hold other copies, e.g. in a QLineEdit's undo stack, which the caller clears).
    static SecretBytes takeFromString(QString& text);

    void append(char c);
    void append(QByteArrayView bytes);
    void removeLast();  // backspace at a prompt
    void clear();       // wipes and releases

    const char* data() const { return m_data; }
    const unsigned char* bytes() const { return reinterpret_cast<const unsigned char*>(m_data); }
    qsizetype size() const { return static_cast<qsizetype>(m_size); }
    bool isEmpty() const { return m_size == 0; }
    // Length in Unicode code points of the UTF-8 text held (for passphrase policies).
    qsizetype codePoints() const;
    QByteArrayView view() const { return QByteArrayView(m_data, size()); }

    // Constant-time comparison (passphrase confirmation).
    bool equals(const SecretBytes& other) const;

private:
    void reserve(size_t capacity);

    char* m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

}  // namespace countersign
