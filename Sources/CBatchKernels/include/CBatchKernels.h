#ifndef CBATCHKERNELS_H
#define CBATCHKERNELS_H

/// The inner loops of BackpropEngine's batched training, on row-major matrices of doubles, with the
/// machine's vector instructions (AVX2 with FMA where the processor has them, chosen once at run
/// time; plain C otherwise; the products sixteen columns at a time with AVX-512 where there is
/// AVX-512, the same bits). Every machine with AVX2 gets the same bits from every function, so a
/// lesson's numbers do not depend on the processor. The engine's Swift code says which equation
/// each call computes.

/// y[i] = exp(x[i]) for `count` values (glibc's vector math library where available, else libm).
void batch_exp(const double *x, double *y, long count);
/// a[i] = σ(z[i]) = 1 / (1 + e^(−z[i])), the sigmoid of `Activation`.
void batch_sigmoid(const double *z, double *a, long count);
/// a[i] = tanh z[i], computed as t / (t + 2) with t = expm1(2 z[i]) (z clamped to [−20, 20], where
/// tanh rounds to ±1): within 8 units in the last place of libm's tanh, at half the cost of a
/// vector tanh.
void batch_tanh(const double *z, double *a, long count);
/// y[i] = expm1(x[i]) = exp(x[i]) − 1, accurate near 0.
void batch_expm1(const double *x, double *y, long count);
/// y[i] = log(x[i]).
void batch_log(const double *x, double *y, long count);
/// y[i] = ln(1 + e^(−|x[i]|)), the part of softplus(±x) = max(±x, 0) + ln(1 + e^(−|x|)) that is
/// the same for x and −x (so cross-entropy after sigmoid needs one of these per output).
void batch_log1p_exp_minus_abs(const double *x, double *y, long count);

/// C = A B (+ C when `accumulate` is 1), for A of `rows` × `inner` read at A[i·aRowStride + k·aColumnStride]
/// (so a transposed matrix is the same call with the strides swapped), B of `inner` × `columns`
/// with rows `ldb` apart, and C of `rows` × `columns` with rows `ldc` apart.
void batch_multiply(
    long rows, long inner, long columns,
    const double *a, long aRowStride, long aColumnStride,
    const double *b, long ldb,
    double *c, long ldc, int accumulate);

/// G += A Bᵀ, for A of `rows` × `inner` (rows `lda` apart), B of `columns` × `inner` (rows `ldb`
/// apart) and G of `rows` × `columns` (rows `ldg` apart): the sum over the examples of BP4.
void batch_multiply_transposed(
    long rows, long columns, long inner,
    const double *a, long lda,
    const double *b, long ldb,
    double *g, long ldg);

/// 1 when every one of `count` values is finite, 0 when one is infinite or NaN.
int batch_all_finite(const double *x, long count);

/// T = Aᵀ: t[j·rows + i] = a[i·columns + j] for A of `rows` × `columns`, row-major.
void batch_transpose(long rows, long columns, const double *a, double *t);

/// The code a kernel runs: the fastest the processor has (what every function above uses), or one
/// named, so that tests can compare the paths on the same machine.
typedef enum {
    batch_path_best = 0,
    /// Plain C: separate multiplies and adds, libm.
    batch_path_baseline = 1,
    /// AVX2 with FMA, four doubles at a time; glibc's AVX2 vector functions.
    batch_path_avx2 = 2,
    /// AVX-512 for the products (sixteen columns at a time, the same bits as AVX2); the elementwise
    /// functions are AVX2's, as glibc's AVX-512 vector functions round some values differently.
    batch_path_avx512 = 3,
} batch_path;

/// 1 when the processor can run `path`; forcing a path it cannot run stops the process.
int batch_path_available(batch_path path);

/// The functions above on a given path.
void batch_exp_on(batch_path path, const double *x, double *y, long count);
void batch_sigmoid_on(batch_path path, const double *z, double *a, long count);
void batch_tanh_on(batch_path path, const double *z, double *a, long count);
void batch_expm1_on(batch_path path, const double *x, double *y, long count);
void batch_log_on(batch_path path, const double *x, double *y, long count);
void batch_log1p_exp_minus_abs_on(batch_path path, const double *x, double *y, long count);
void batch_multiply_on(
    batch_path path, long rows, long inner, long columns,
    const double *a, long aRowStride, long aColumnStride,
    const double *b, long ldb,
    double *c, long ldc, int accumulate);
void batch_multiply_transposed_on(
    batch_path path, long rows, long columns, long inner,
    const double *a, long lda,
    const double *b, long ldb,
    double *g, long ldg);

#endif
