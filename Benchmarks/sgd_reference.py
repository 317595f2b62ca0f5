"""The numpy peer of the engine benchmark: per-example stochastic gradient descent in the style of
Michael Nielsen's network.py (column vectors, matrix-vector backprop, quadratic cost, sigmoid),
mini-batches of one, no shuffling, fixed eta.

Usage: sgd_reference.py DATA OUT SIZES EXAMPLES EPOCHS ETA
DATA holds little-endian doubles: W and b of each layer (W row by row), then every input, then every
target. OUT receives the trained W and b in the same order. Prints the training time in seconds.
"""
import sys
import time

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


class Network:
    def __init__(self, sizes, weights, biases):
        self.num_layers = len(sizes)
        self.sizes = sizes
        self.weights = weights
        self.biases = biases

    def sgd(self, inputs, targets, epochs, eta):
        for _ in range(epochs):
            for x, y in zip(inputs, targets):
                nabla_b, nabla_w = self.backprop(x, y)
                self.weights = [w - eta * nw for w, nw in zip(self.weights, nabla_w)]
                self.biases = [b - eta * nb for b, nb in zip(self.biases, nabla_b)]

    def backprop(self, x, y):
        nabla_b = [None] * len(self.biases)
        nabla_w = [None] * len(self.weights)
        activation = x
        activations = [x]
        zs = []
        for b, w in zip(self.biases, self.weights):
            z = np.dot(w, activation) + b
            zs.append(z)
            activation = sigmoid(z)
            activations.append(activation)
        delta = self.cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1])
        nabla_b[-1] = delta
        nabla_w[-1] = np.dot(delta, activations[-2].transpose())
        for l in range(2, self.num_layers):
            z = zs[-l]
            sp = sigmoid_prime(z)
            delta = np.dot(self.weights[-l + 1].transpose(), delta) * sp
            nabla_b[-l] = delta
            nabla_w[-l] = np.dot(delta, activations[-l - 1].transpose())
        return nabla_b, nabla_w

    def cost_derivative(self, output_activations, y):
        return output_activations - y


def main():
    data, out, sizes, count, epochs, eta = sys.argv[1:]
    sizes = [int(s) for s in sizes.split(",")]
    count, epochs, eta = int(count), int(epochs), float(eta)
    values = np.fromfile(data, dtype="<f8")
    offset = 0
    weights, biases = [], []
    for before, after in zip(sizes[:-1], sizes[1:]):
        weights.append(values[offset:offset + after * before].reshape(after, before).copy())
        offset += after * before
        biases.append(values[offset:offset + after].reshape(after, 1).copy())
        offset += after
    inputs = values[offset:offset + count * sizes[0]].reshape(count, sizes[0], 1)
    offset += count * sizes[0]
    targets = values[offset:offset + count * sizes[-1]].reshape(count, sizes[-1], 1)
    network = Network(sizes, weights, biases)
    start = time.perf_counter()
    network.sgd(list(inputs), list(targets), epochs, eta)
    seconds = time.perf_counter() - start
    np.concatenate([a.ravel() for w, b in zip(network.weights, network.biases) for a in (w, b)]).astype("<f8").tofile(out)
    print(seconds)


if __name__ == "__main__":
    main()
