// SHA-256 (FIPS 180-4) compression on the x86 SHA extensions. The state lives in two registers
// as the instructions want it, ABEF and CDGH; each SHA256RNDS2 runs two rounds, and a group of four
// rounds takes one register of message words (W), scheduled with SHA256MSG1/MSG2.
#include "CSHA256.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>

static const uint32_t round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

bool caseintake_sha256_hardware(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
    bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}

#define TARGET __attribute__((target("sha,sse4.1,ssse3")))

// H0…H7 in memory → ABEF, CDGH in registers.
TARGET static inline void load_state(const uint32_t *state, __m128i *abef, __m128i *cdgh) {
    __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)state), 0xB1);  // CDAB
    __m128i hgfe = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)(state + 4)), 0x1B);  // HGFE
    *abef = _mm_alignr_epi8(dcba, hgfe, 8);
    *cdgh = _mm_blend_epi16(hgfe, dcba, 0xF0);
}

// ABEF, CDGH in registers → H0…H7 in memory.
TARGET static inline void store_state(uint32_t *state, __m128i abef, __m128i cdgh) {
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)state, _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

// Message words of group i (rounds 4i…4i+3) into w[i % 4]: the first four groups are the block's
// words, big-endian; each later one is σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], from the four
// groups before it.
#define SCHEDULE(w, data, i)                                                                         \
    if ((i) < 4)                                                                                     \
        w[(i) & 3] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)((data) + 16 * (i))), byteswap); \
    else                                                                                             \
        w[(i) & 3] = _mm_sha256msg2_epu32(                                                           \
            _mm_add_epi32(_mm_sha256msg1_epu32(w[(i) & 3], w[((i) + 1) & 3]),                         \
                          _mm_alignr_epi8(w[((i) + 3) & 3], w[((i) + 2) & 3], 4)),                    \
            w[((i) + 3) & 3]);

// Rounds 4i…4i+3: two, then the other two words moved down for the next two.
#define ROUNDS(w, abef, cdgh, i)                                                                     \
    {                                                                                                \
        __m128i wk = _mm_add_epi32(w[(i) & 3], _mm_loadu_si128((const __m128i *)(round_constants + 4 * (i)))); \
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);                                                \
        abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk, 0x0E));                       \
    }

#define SIXTEEN(GROUP)                                                                               \
    GROUP(0) GROUP(1) GROUP(2) GROUP(3) GROUP(4) GROUP(5) GROUP(6) GROUP(7)                          \
    GROUP(8) GROUP(9) GROUP(10) GROUP(11) GROUP(12) GROUP(13) GROUP(14) GROUP(15)

TARGET void caseintake_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    const __m128i byteswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i abef, cdgh;
    load_state(state, &abef, &cdgh);
    for (; blocks > 0; blocks--, data += 64) {
        __m128i w[4];
        __m128i abef_in = abef, cdgh_in = cdgh;
#define ONE(i) SCHEDULE(w, data, i) ROUNDS(w, abef, cdgh, i)
        SIXTEEN(ONE)
#undef ONE
        abef = _mm_add_epi32(abef, abef_in);
        cdgh = _mm_add_epi32(cdgh, cdgh_in);
    }
    store_state(state, abef, cdgh);
}

TARGET void caseintake_sha256_blocks_x2(
    uint32_t state_a[8], const uint8_t *data_a, uint32_t state_b[8], const uint8_t *data_b, size_t blocks) {
    const __m128i byteswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i abef_a, cdgh_a, abef_b, cdgh_b;
    load_state(state_a, &abef_a, &cdgh_a);
    load_state(state_b, &abef_b, &cdgh_b);
    for (; blocks > 0; blocks--, data_a += 64, data_b += 64) {
        __m128i wa[4], wb[4];
        __m128i abef_a_in = abef_a, cdgh_a_in = cdgh_a, abef_b_in = abef_b, cdgh_b_in = cdgh_b;
#define TWO(i) SCHEDULE(wa, data_a, i) SCHEDULE(wb, data_b, i) ROUNDS(wa, abef_a, cdgh_a, i) ROUNDS(wb, abef_b, cdgh_b, i)
        SIXTEEN(TWO)
#undef TWO
        abef_a = _mm_add_epi32(abef_a, abef_a_in);
        cdgh_a = _mm_add_epi32(cdgh_a, cdgh_a_in);
        abef_b = _mm_add_epi32(abef_b, abef_b_in);
        cdgh_b = _mm_add_epi32(cdgh_b, cdgh_b_in);
    }
    store_state(state_a, abef_a, cdgh_a);
    store_state(state_b, abef_b, cdgh_b);
}

#else
// Elsewhere there are no such instructions: the caller uses swift-crypto.
bool caseintake_sha256_hardware(void) { return false; }
void caseintake_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    (void)state, (void)data, (void)blocks;
}
void caseintake_sha256_blocks_x2(
    uint32_t state_a[8], const uint8_t *data_a, uint32_t state_b[8], const uint8_t *data_b, size_t blocks) {
    (void)state_a, (void)data_a, (void)state_b, (void)data_b, (void)blocks;
}
#endif
