#include "CBatchKernels.h"

#include <math.h>
#include <string.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

typedef double v4d __attribute__((vector_size(32), aligned(8)));
#define SPLAT(x) ((v4d){(x), (x), (x), (x)})

#if defined(__x86_64__)
#pragma clang attribute push(__attribute__((target("avx2,fma"))), apply_to = function)
#define KERNEL(name) name##_avx2
#include "kernels.inc"
#undef KERNEL
#pragma clang attribute pop

// glibc's vector math library (libmvec), four doubles at a time; each picks its AVX2 + FMA code.
typedef double m256d __attribute__((vector_size(32)));
__attribute__((target("avx2,fma"))) m256d _ZGVdN4v_exp(m256d);
__attribute__((target("avx2,fma"))) m256d _ZGVdN4v_expm1(m256d);
__attribute__((target("avx2,fma"))) m256d _ZGVdN4v_log(m256d);
__attribute__((target("avx2,fma"))) m256d _ZGVdN4v_log1p(m256d);

/// Defines `name`, which computes `y[i] = f(x[i])` for `count` values four at a time, where `f` is
/// the expression `body` of the vector `v`; the last one to three values go through the same
/// expression in a padded vector, so every value gets the same result wherever it is.
#define VECTOR_MAP(name, body) \
    __attribute__((target("avx2,fma"))) \
    static void name(const double *x, double *y, long count) { \
        long i = 0; \
        for (; i + 4 <= count; i += 4) { \
            m256d v; \
            memcpy(&v, x + i, sizeof v); \
            v = (body); \
            memcpy(y + i, &v, sizeof v); \
        } \
        if (i < count) { \
            double padded[4] = {1, 1, 1, 1}; \
            memcpy(padded, x + i, (size_t)(count - i) * sizeof(double)); \
            m256d v; \
            memcpy(&v, padded, sizeof v); \
            v = (body); \
            memcpy(padded, &v, sizeof v); \
            memcpy(y + i, padded, (size_t)(count - i) * sizeof(double)); \
        } \
    }

static const m256d one4 = {1, 1, 1, 1}, two4 = {2, 2, 2, 2}, tanhLimit4 = {20, 20, 20, 20};

__attribute__((target("avx2,fma")))
static inline m256d tanh_from_expm1(m256d t) { return t / (t + two4); }

VECTOR_MAP(exp_avx2, _ZGVdN4v_exp(v))
VECTOR_MAP(expm1_avx2, _ZGVdN4v_expm1(v))
VECTOR_MAP(log_avx2, _ZGVdN4v_log(v))
/// −|x|: x with its sign bit set.
typedef long long m256i __attribute__((vector_size(32)));
__attribute__((target("avx2,fma")))
static inline m256d minus_abs4(m256d v) { return (m256d)((m256i)v | (m256i)((m256d){-0.0, -0.0, -0.0, -0.0})); }
/// ln(1 + e^(−|x|)).
VECTOR_MAP(log1p_exp_minus_abs_avx2, _ZGVdN4v_log1p(_ZGVdN4v_exp(
    minus_abs4(v))))
/// σ(z) = 1 / (1 + e^(−z)).
VECTOR_MAP(sigmoid_avx2, one4 / (one4 + _ZGVdN4v_exp(-v)))
/// tanh z = t / (t + 2) with t = expm1(2z), z first clamped to [−20, 20] (tanh ±20 rounds to ±1),
/// max and min ordered so that a NaN passes through.
VECTOR_MAP(tanh_avx2, tanh_from_expm1(_ZGVdN4v_expm1(two4 * (m256d)_mm256_min_pd(
    (__m256d)tanhLimit4, _mm256_max_pd((__m256d)(-tanhLimit4), (__m256d)v)))))

/// C = A B (+ C) as `multiply_avx2` computes it, with AVX-512: every entry is the same chain of
/// multiply-adds over k from 0, then the old value added, so the results are the same bits (and the
/// last columns%8 columns are multiply_avx2's). Tiles of up to 6 rows × 32 columns: 24 accumulators
/// of eight doubles (of the 32 registers), which keep both of Zen 5's 512-bit FMA units busy through
/// their 4-cycle latency, with 4 loads of B and 6 broadcasts of A per 24 multiply-adds. 30 rows (the
/// 784-30-10 hidden layer) are 5 tiles of 6, with no leftover rows.
typedef double v8d __attribute__((vector_size(64), aligned(8)));

/// Rows i ..< i + R, columns j ..< j + 8W of C: R × W accumulators. Inlined with constant R and W,
/// so that the loops over r and h unroll and the accumulators stay in registers.
__attribute__((target("avx512f,avx2,fma"), always_inline))
static inline void tile_avx512(
    int R, int W, long inner, const double *a, long ars, long acs, const double *b, long ldb, double *c, long ldc,
    int accumulate)
{
    v8d s[6][4];
    for (int r = 0; r < R; r++) {
        for (int h = 0; h < W; h++) s[r][h] = (v8d){0};
    }
    for (long k = 0; k < inner; k++) {
        const double *bk = b + k * ldb;
        v8d bv[4];
        for (int h = 0; h < W; h++) __builtin_memcpy(&bv[h], bk + 8 * h, sizeof bv[h]);
        const double *ak = a + k * acs;
        for (int r = 0; r < R; r++) {
            double x = ak[r * ars];
            v8d ar = {x, x, x, x, x, x, x, x};
            for (int h = 0; h < W; h++) s[r][h] += ar * bv[h];
        }
    }
    for (int r = 0; r < R; r++) {
        double *row = c + r * ldc;
        for (int h = 0; h < W; h++) {
            v8d value = s[r][h];
            if (accumulate) {
                v8d old;
                __builtin_memcpy(&old, row + 8 * h, sizeof old);
                value += old;
            }
            __builtin_memcpy(row + 8 * h, &value, sizeof value);
        }
    }
}

/// R rows of C over its first `wide` columns (a multiple of 8): 32 columns at a time, then 16, then 8.
__attribute__((target("avx512f,avx2,fma"), always_inline))
static inline void rows_avx512(
    int R, long inner, long wide, const double *a, long ars, long acs, const double *b, long ldb, double *c, long ldc,
    int accumulate)
{
    long j = 0;
    for (; j + 32 <= wide; j += 32) tile_avx512(R, 4, inner, a, ars, acs, b + j, ldb, c + j, ldc, accumulate);
    if (j + 16 <= wide) {
        tile_avx512(R, 2, inner, a, ars, acs, b + j, ldb, c + j, ldc, accumulate);
        j += 16;
    }
    if (j + 8 <= wide) tile_avx512(R, 1, inner, a, ars, acs, b + j, ldb, c + j, ldc, accumulate);
}

__attribute__((target("avx512f,avx2,fma")))
static void multiply_avx512(
    long rows, long inner, long columns, const double *a, long ars, long acs, const double *b, long ldb,
    double *c, long ldc, int accumulate)
{
    long wide = columns - columns % 8;
    long i = 0;
    for (; i + 6 <= rows; i += 6) rows_avx512(6, inner, wide, a + i * ars, ars, acs, b, ldb, c + i * ldc, ldc, accumulate);
    if (i + 4 <= rows) {
        rows_avx512(4, inner, wide, a + i * ars, ars, acs, b, ldb, c + i * ldc, ldc, accumulate);
        i += 4;
    }
    if (i + 2 <= rows) {
        rows_avx512(2, inner, wide, a + i * ars, ars, acs, b, ldb, c + i * ldc, ldc, accumulate);
        i += 2;
    }
    if (i < rows) rows_avx512(1, inner, wide, a + i * ars, ars, acs, b, ldb, c + i * ldc, ldc, accumulate);
    if (wide < columns) multiply_avx2(rows, inner, columns - wide, a, ars, acs, b + wide, ldb, c + wide, ldc, accumulate);
}

static int has_avx2_fma(void) {
    static int known = -1;
    if (known < 0) {
        __builtin_cpu_init();
        known = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }
    return known;
}

static int has_avx512(void) {
    static int known = -1;
    if (known < 0) {
        __builtin_cpu_init();
        known = has_avx2_fma() && __builtin_cpu_supports("avx512f");
    }
    return known;
}

#else
static int has_avx2_fma(void) { return 0; }
#endif

#define KERNEL(name) name##_baseline
#include "kernels.inc"
#undef KERNEL

/// The path a call takes: `path` itself, or for `batch_path_best` the fastest the processor has.
static batch_path chosen(batch_path path) {
    if (path != batch_path_best) return path;
#if defined(__x86_64__)
    if (has_avx512()) return batch_path_avx512;
    if (has_avx2_fma()) return batch_path_avx2;
#endif
    return batch_path_baseline;
}

int batch_path_available(batch_path path) {
    switch (path) {
    case batch_path_best:
    case batch_path_baseline: return 1;
#if defined(__x86_64__)
    case batch_path_avx2: return has_avx2_fma();
    case batch_path_avx512: return has_avx512();
#endif
    default: return 0;
    }
}

#if defined(__x86_64__)
/// Defines `batch_NAME_on` for a function with an AVX2 version and a baseline loop of
/// `y[i] = scalar(x[i])`, and `batch_NAME` on the best path. The AVX-512 path runs the AVX2 code:
/// glibc's AVX-512 vector functions round some values differently from its AVX2 ones (expm1, log
/// and so tanh by up to 3 units in the last place), and a lesson's numbers must be the same bits on
/// every machine with AVX2, whichever it has.
#define ELEMENTWISE(name, scalar) \
    void batch_##name##_on(batch_path path, const double *x, double *y, long count) { \
        switch (chosen(path)) { \
        case batch_path_avx512: \
        case batch_path_avx2: name##_avx2(x, y, count); return; \
        default: for (long i = 0; i < count; i++) y[i] = scalar(x[i]); \
        } \
    } \
    void batch_##name(const double *x, double *y, long count) { batch_##name##_on(batch_path_best, x, y, count); }
#else
#define ELEMENTWISE(name, scalar) \
    void batch_##name##_on(batch_path path, const double *x, double *y, long count) { \
        (void)path; \
        for (long i = 0; i < count; i++) y[i] = scalar(x[i]); \
    } \
    void batch_##name(const double *x, double *y, long count) { batch_##name##_on(batch_path_best, x, y, count); }
#endif

static inline double sigmoid_scalar(double z) { return 1 / (1 + exp(-z)); }
static inline double tanh_scalar(double z) {
    double clamped = z < -20 ? -20 : z > 20 ? 20 : z;
    double t = expm1(2 * clamped);
    return t / (t + 2);
}
static inline double log1p_exp_minus_abs_scalar(double x) { return log1p(exp(-fabs(x))); }

ELEMENTWISE(exp, exp)
ELEMENTWISE(sigmoid, sigmoid_scalar)
ELEMENTWISE(tanh, tanh_scalar)
ELEMENTWISE(expm1, expm1)
ELEMENTWISE(log, log)
ELEMENTWISE(log1p_exp_minus_abs, log1p_exp_minus_abs_scalar)

void batch_multiply_on(
    batch_path path, long rows, long inner, long columns, const double *a, long ars, long acs, const double *b, long ldb,
    double *c, long ldc, int accumulate)
{
    switch (chosen(path)) {
#if defined(__x86_64__)
    case batch_path_avx512: multiply_avx512(rows, inner, columns, a, ars, acs, b, ldb, c, ldc, accumulate); return;
    case batch_path_avx2: multiply_avx2(rows, inner, columns, a, ars, acs, b, ldb, c, ldc, accumulate); return;
#endif
    default: multiply_baseline(rows, inner, columns, a, ars, acs, b, ldb, c, ldc, accumulate);
    }
}

void batch_multiply(
    long rows, long inner, long columns, const double *a, long ars, long acs, const double *b, long ldb,
    double *c, long ldc, int accumulate)
{
    batch_multiply_on(batch_path_best, rows, inner, columns, a, ars, acs, b, ldb, c, ldc, accumulate);
}

void batch_multiply_transposed_on(
    batch_path path, long rows, long columns, long inner, const double *a, long lda, const double *b, long ldb,
    double *g, long ldg)
{
    switch (chosen(path)) {
#if defined(__x86_64__)
    case batch_path_avx512: // no AVX-512 version: these products are small
    case batch_path_avx2: multiply_transposed_avx2(rows, columns, inner, a, lda, b, ldb, g, ldg); return;
#endif
    default: multiply_transposed_baseline(rows, columns, inner, a, lda, b, ldb, g, ldg);
    }
}

void batch_multiply_transposed(
    long rows, long columns, long inner, const double *a, long lda, const double *b, long ldb, double *g, long ldg)
{
    batch_multiply_transposed_on(batch_path_best, rows, columns, inner, a, lda, b, ldb, g, ldg);
}

int batch_all_finite(const double *x, long count) {
#if defined(__x86_64__)
    if (has_avx2_fma()) return all_finite_avx2(x, count);
#endif
    return all_finite_baseline(x, count);
}

void batch_transpose(long rows, long columns, const double *a, double *t) {
    // Column by column of A: each row of T written in one run, the rows of A read in step.
    for (long j = 0; j < columns; j++) {
        double *row = t + j * rows;
        for (long i = 0; i < rows; i++) row[i] = a[i * columns + j];
    }
}
