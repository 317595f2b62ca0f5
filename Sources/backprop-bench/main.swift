import Foundation

BackpropBench.main()
