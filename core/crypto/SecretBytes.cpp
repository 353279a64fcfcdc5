#include "crypto/SecretBytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <new>
#include <utility>

namespace countersign {

SecretBytes::SecretBytes(QByteArrayView bytes) {
    append(bytes);
}

SecretBytes::~SecretBytes() {
    clear();
}

SecretBytes::SecretBytes(const SecretBytes& other) {
    append(other.view());
}

SecretBytes& SecretBytes::operator=(const SecretBytes& other) {
    if (this != &other) {
        clear();
        append(other.view());
    }
    return *this;
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)),
      m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecretBytes SecretBytes::takeFromString(QString& text) {
    QByteArray utf8 = text.toUtf8();
    SecretBytes out(utf8);
    if (!utf8.isEmpty())
        OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
    return out;
}

void SecretBytes::reserve(size_t capacity) {
    if (capacity <= m_capacity)
        return;
    size_t grown = m_capacity < 32 ? 32 : m_capacity * 2;
    while (grown < capacity) grown *= 2;
    char* fresh = new char[grown];
    if (m_size > 0)
        std::memcpy(fresh, m_data, m_size);
    if (m_data) {
        OPENSSL_cleanse(m_data, m_capacity);
        delete[] m_data;
    }
    m_data = fresh;
    m_capacity = grown;
}

void SecretBytes::append(char c) {
    append(QByteArrayView(&c, 1));
}

void SecretBytes::append(QByteArrayView bytes) {
    if (bytes.isEmpty())
        return;
    const size_t n = static_cast<size_t>(bytes.size());
    reserve(m_size + n);
    std::memcpy(m_data + m_size, bytes.data(), n);
    m_size += n;
}

void SecretBytes::removeLast() {
    if (m_size == 0)
        return;
    // Remove a whole UTF-8 sequence: continuation bytes are 10xxxxxx.
    while (m_size > 0) {
        --m_size;
        const auto byte = static_cast<unsigned char>(m_data[m_size]);
        m_data[m_size] = 0;
        if ((byte & 0xC0) != 0x80)
            break;
    }
}

void SecretBytes::clear() {
    if (m_data) {
        OPENSSL_cleanse(m_data, m_capacity);
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

qsizetype SecretBytes::codePoints() const {
    qsizetype n = 0;
    for (size_t i = 0; i < m_size; ++i)
        if ((static_cast<unsigned char>(m_data[i]) & 0xC0) != 0x80)
            ++n;
    return n;
}

bool SecretBytes::equals(const SecretBytes& other) const {
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

}  // namespace countersign
