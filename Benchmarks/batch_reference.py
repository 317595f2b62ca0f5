"""The vectorized NumPy peer of full-batch training: what a user who knows NumPy would write instead of
backprop-site for the training curve. The whole batch is one matrix (examples as columns), one matrix
product per layer and direction per epoch, float64, and the cost recorded after every epoch, as the
loss curve needs.

Usage: batch_reference.py EXAMPLE.yaml TRACE.json
       batch_reference.py --binary DATA SIZES EXAMPLES EPOCHS ETA
EXAMPLE.yaml is read with PyYAML's C loader; TRACE.json is `backprop-site trace EXAMPLE.yaml --format json`,
whose first step gives the starting weights and biases (the same seeded ones backprop-site uses).
DATA is the engine benchmark's file of doubles (see sgd_reference.py), trained with sigmoid layers and
the quadratic cost.
Prints one line of JSON: the seconds spent reading and training, the first and final cost and the number
of epochs.
"""
import json
import sys
import time

import numpy as np
import yaml


def activate(name, z):
    if name == "linear":
        return z
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "leaky-relu":
        return np.where(z > 0, z, 0.01 * z)
    if name == "softmax":
        e = np.exp(z - z.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True)
    raise ValueError(name)


def backward(name, g, z, a):
    """dC/dz from dC/da."""
    if name == "linear":
        return g
    if name == "sigmoid":
        return g * a * (1.0 - a)
    if name == "tanh":
        return g * (1.0 - a * a)
    if name == "relu":
        return g * (z > 0)
    if name == "leaky-relu":
        return g * np.where(z > 0, 1.0, 0.01)
    if name == "softmax":
        return a * (g - (g * a).sum(axis=0, keepdims=True))
    raise ValueError(name)


def total_cost(loss, output, a, y):
    if loss == "half-squared-error":
        return 0.5 * np.sum((a - y) ** 2)
    if loss == "mean-squared-error":
        return np.sum((a - y) ** 2) / a.shape[0]
    if output == "softmax":
        return -np.sum(y * np.log(a))
    return -np.sum(y * np.log(a) + (1.0 - y) * np.log(1.0 - a))


def cost_gradient(loss, output, a, y):
    if loss == "half-squared-error":
        return a - y
    if loss == "mean-squared-error":
        return (a - y) * (2.0 / a.shape[0])
    if output == "softmax":
        return -y / a
    return (a - y) / (a * (1.0 - a))


def train(weights, biases, x, y, activations, loss, eta, lam, update_biases, epochs):
    """Full-batch gradient descent; returns the cost before the first epoch and after each."""
    m = x.shape[1]
    output = activations[-1]
    simplified = loss == "cross-entropy" and output in ("sigmoid", "softmax")
    costs = []
    for epoch in range(epochs + 1):
        zs, As = [], [x]
        for w, b, name in zip(weights, biases, activations):
            z = w @ As[-1] + b
            zs.append(z)
            As.append(activate(name, z))
        costs.append(total_cost(loss, output, As[-1], y) / m + lam / (2 * m) * sum(np.sum(w * w) for w in weights))
        if epoch == epochs:
            break
        if simplified:
            delta = As[-1] - y
        else:
            delta = backward(output, cost_gradient(loss, output, As[-1], y), zs[-1], As[-1])
        for i in range(len(weights) - 1, -1, -1):
            weight_gradient = (delta @ As[i].T + lam * weights[i]) / m
            bias_gradient = delta.sum(axis=1, keepdims=True) / m
            if i > 0:
                delta = backward(activations[i - 1], weights[i].T @ delta, zs[i - 1], As[i])
            weights[i] = weights[i] - eta * weight_gradient
            if update_biases:
                biases[i] = biases[i] - eta * bias_gradient
    return costs


def from_example(example_path, trace_path):
    with open(example_path, encoding="utf-8") as file:
        example = yaml.load(file, Loader=yaml.CSafeLoader)
    with open(trace_path, encoding="utf-8") as file:
        layers = json.load(file)["steps"][0]["layers"]
    weights = [np.array(layer["weights"], dtype=np.float64) for layer in layers]
    biases = [np.array(layer["biases"], dtype=np.float64).reshape(-1, 1) for layer in layers]
    x = np.array([row["input"] for row in example["data"]], dtype=np.float64).T.copy()
    y = np.array([row["target"] for row in example["data"]], dtype=np.float64).T.copy()
    return dict(
        weights=weights, biases=biases, x=x, y=y, activations=example["activations"], loss=example["loss"],
        eta=float(example["learning_rate"]), lam=float(example.get("regularization", 0)),
        update_biases=example.get("update_biases", True), epochs=int(example.get("epochs", 100)))


def from_binary(data, sizes, count, epochs, eta):
    """The engine benchmark's data file (see sgd_reference.py): sigmoid layers, ½‖a − y‖²."""
    sizes = [int(s) for s in sizes.split(",")]
    count = int(count)
    values = np.fromfile(data, dtype="<f8")
    offset = 0
    weights, biases = [], []
    for before, after in zip(sizes[:-1], sizes[1:]):
        weights.append(values[offset:offset + after * before].reshape(after, before).copy())
        offset += after * before
        biases.append(values[offset:offset + after].reshape(after, 1).copy())
        offset += after
    x = values[offset:offset + count * sizes[0]].reshape(count, sizes[0]).T.copy()
    offset += count * sizes[0]
    y = values[offset:offset + count * sizes[-1]].reshape(count, sizes[-1]).T.copy()
    return dict(
        weights=weights, biases=biases, x=x, y=y, activations=["sigmoid"] * (len(sizes) - 1),
        loss="half-squared-error", eta=float(eta), lam=0.0, update_biases=True, epochs=int(epochs))


def main():
    start = time.perf_counter()
    if sys.argv[1] == "--binary":
        problem = from_binary(*sys.argv[2:])
    else:
        problem = from_example(*sys.argv[1:])
    read = time.perf_counter() - start
    start = time.perf_counter()
    costs = train(**problem)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "read_seconds": read, "train_seconds": seconds, "epochs": problem["epochs"],
        "first_cost": float(costs[0]), "final_cost": float(costs[-1]),
    }))


if __name__ == "__main__":
    main()
