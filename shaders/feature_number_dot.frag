#version 330 core
flat in uint featureNumber;
out uint number;

void main() {
    number = featureNumber;
}
